import type { RawNames } from './names-west';

export const SPANISH_NAMES: RawNames = {
  male: `José Juan Carlos Luis Miguel Jorge Pedro Alejandro Diego Javier Fernando Ricardo Eduardo Andrés Manuel Raúl
    Sergio Pablo Roberto Francisco Antonio Gonzalo Ignacio Rodrigo Emilio Esteban`,
  female: `María Carmen Ana Lucía Sofía Isabel Elena Marta Paula Gabriela Valentina Camila Adriana Rosa Teresa
    Verónica Mariana Pilar Beatriz Inmaculada Guadalupe Ximena Florencia`,
  last: `García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz
    Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Vargas Castillo Jiménez Romero Herrera Medina Aguilar Vega Castro
    Mendoza Ruiz Álvarez Navarro Domínguez Suárez Delgado Fuentes Salazar Cortés Guerrero Rojas Molina Contreras Luna
    Soto Silva Peña Campos Espinoza Iglesias Villanueva Zamora`,
};

export const ITALIAN_NAMES: RawNames = {
  male: `Marco Luca Giuseppe Giovanni Alessandro Matteo Lorenzo Stefano Paolo Davide Simone Fabio Riccardo Enrico
    Massimo Giorgio Vittorio`,
  female: `Giulia Francesca Chiara Alessia Federica Elisa Martina Silvia Paola Roberta Giorgia Beatrice Alessandra
    Serena Ilaria`,
  last: `Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini
    Costa Giordano Rizzo Lombardi Moretti Barbieri Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone
    Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Pellegrini Benedetti`,
};

export const TURKISH_NAMES: RawNames = {
  male: `Mehmet Mustafa Ahmet Hüseyin Hasan İbrahim Murat Emre Burak Cem Deniz Kemal Osman Serkan Tolga Volkan Yusuf
    Onur Selim Erkan`,
  female: `Ayşe Fatma Emine Elif Zeynep Merve Esra Derya Hülya Melek Özlem Seda Selin Sibel Tuğba Yasemin Büşra Ebru
    Gizem Pınar`,
  last: `Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç
    Kurt Özkan Şimşek Polat Korkmaz Aksoy Güneş Tekin Acar Bulut Ünal Karaca Erdem`,
};

export const SOUTH_ASIAN_NAMES: RawNames = {
  male: `Raj Rahul Amit Vikram Arjun Sanjay Anil Ravi Suresh Rajesh Deepak Manish Nikhil Rohan Aditya Karan Vivek
    Sunil Ashok Imran Farhan Harpreet Gurpreet Sandeep Pranav`,
  female: `Priya Anjali Neha Pooja Sunita Kavita Deepa Meera Anita Shreya Divya Ritu Aisha Simran Nisha Lakshmi Swati
    Ananya Isha Tanvi`,
  last: `Patel Sharma Singh Kumar Gupta Shah Mehta Reddy Rao Iyer Nair Joshi Desai Kapoor Malhotra Chopra Bose Das
    Chatterjee Banerjee Mukherjee Agarwal Jain Verma Pillai Menon Khan Ahmed Hussain Sinha Bhatt Kulkarni Thakur
    Chaudhary Saxena Trivedi Pandey Mishra Dubey Sethi`,
};

export const EAST_ASIAN_NAMES: RawNames = {
  male: `Wei Jun Hao Ming Lei Jian Tao Yong Kenji Hiroshi Takashi Satoshi Daisuke Min-jun Ji-hoon Seo-jun Hyun-woo
    Minh Duc Tuan`,
  female: `Mei Xiu Ying Fang Hui Lan Yan Jing Yuna Sakura Aiko Haruka Yumi Ji-woo Seo-yeon Min-seo Linh Mai Thu Hoa`,
  last: `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Tanaka Suzuki
    Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Kato Yoshida Yamada Kim Park Choi Jung Kang Cho Yoon
    Jang Lim Han Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo`,
};
